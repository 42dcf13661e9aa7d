/**
 * A station check: streams a store into the evidence index, runs the readiness engine, and adds
 * what an archivist must see (documents without metadata, metadata problems, duplicate 档号);
 * past results as score history in the station's notes.
 *
 * <p>Feature: uses the domain, {@code i18n} and the {@code store} ports; no adapter.
 */
package org.swarchive.check;
