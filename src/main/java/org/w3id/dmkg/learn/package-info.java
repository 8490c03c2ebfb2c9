/**
 * Learning the extractor's decisions from gold annotations: the training examples of the meeting judge,
 * the folds that keep an outlet's articles together, and cross-validation that scores each article with a
 * model trained without it. Depends on {@code extract}, {@code eval} and the public facade.
 */
package org.w3id.dmkg.learn;
