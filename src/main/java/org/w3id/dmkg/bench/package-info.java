/**
 * Throughput, memory and query-latency measurements of dmkg against the floor of its stack (OpenNLP's
 * sentence detector, tokenizer and tagger) and Jena's own bulk loader, on real or synthetic articles.
 * Used by {@code dmkg bench} and the Maven {@code bench} profile; not by the other commands.
 */
package org.w3id.dmkg.bench;
