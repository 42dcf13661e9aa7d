package org.swarchive.find;

/** The port a store answers a {@link FindQuery} through: the folder store's index, Alfresco's search API. */
public interface RecordSearch {

    FindResult find(FindQuery query);
}
