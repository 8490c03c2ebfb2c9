/**
 * The extractor as an Apache Spark job, for corpora larger than one machine: articles from any
 * Hadoop-compatible path are extracted with one pipeline per partition and written as N-Quads shards
 * (one named graph per article, and the shared entity graph), with a rejects file and a manifest;
 * {@code dmkg load-shards} builds a store from them. Spark is a {@code provided} dependency: this package runs under
 * {@code spark-submit}, and nothing else in dmkg depends on it.
 *
 * <p>{@link org.w3id.dmkg.spark.ExtractJob} is the entry point;
 * {@link org.w3id.dmkg.spark.SparkExtraction} runs the job on a given context.
 */
package org.w3id.dmkg.spark;
