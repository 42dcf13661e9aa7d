package org.swarchive.find;

/**
 * One record found: its 档号, title, doc type, period, subject (staff or case id), its path in the
 * store, a snippet of the text around the match (the matched words in 【】), and the score.
 * {@code confidentiality} and {@code category} are what the access policy needs to decide who may see it.
 */
public record FindHit(String archiveCode, String title, String docType, String period, String subject, String path,
                      String snippet, float score, String category, String confidentiality) {
}
