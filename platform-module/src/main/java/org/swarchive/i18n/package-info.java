/**
 * Two languages, one way: {@link org.swarchive.i18n.Message} (a key in the room's bundle
 * {@code i18n/ROOM.properties}, Chinese, and {@code i18n/ROOM_en.properties}, English) and the
 * {@link org.swarchive.i18n.Language} a reader chose. Plain Java, JDK only: every other package,
 * the domain included, may use it; it uses none of them.
 */
package org.swarchive.i18n;
