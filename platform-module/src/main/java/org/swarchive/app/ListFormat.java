package org.swarchive.app;

/** table or json: what the commands that print a list for people or for scripts offer ({@code --format}). */
enum ListFormat { TABLE, JSON }
