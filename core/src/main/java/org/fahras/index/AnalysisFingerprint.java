package org.fahras.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.store.Directory;

/**
 * A short digest of what an analyzer makes of a fixed probe text: words that exercise each step of
 * Fahras's analysis (normalization, hamza and alef forms, tatweel and harakat, proclitics, enclitics,
 * plural and feminine endings, verb prefixes, places and their nisbas, names, stopwords, digits). An
 * index records the digest of the analyzer that wrote it in its commit; a later version of Fahras
 * whose analysis gives any of these words another term has another digest, and {@link
 * ArticleIndex#analysisChanged()} tells that the index should be built again: its terms would no
 * longer meet the queries' terms for those words. The digest is SHA-256 of the terms and position
 * increments, 16 hex chars.
 */
final class AnalysisFingerprint {

  /** The probe text: every word is there for a rule it exercises. */
  static final String PROBE = String.join(" ",
      "أرز", "إحمد", "آحمد", "ٱحمد", "الحمــــــد", "الشّعب", "مسؤول", "مسئول", "یوسف", "کتاب",
      "١٢٣٤", "ﻻ", "محمد\u200F", "والكتاب", "بالكتاب", "للكتاب", "لبوتين", "الكرملين", "واشنطن",
      "وليد", "سليمان", "حسين", "السيارات", "سيارته", "لاعبون", "اللاعبين", "مسؤولو", "شهرين",
      "يعملون", "سيعقد", "ينطلق", "يختتم", "تقع", "تربط", "التهاب", "المصرية", "الفرنسي", "العراقية",
      "الإمارات", "الحق", "الاف", "أكدت", "أثبت", "مائة", "ثلاثة", "غيرت", "كانوا", "ومعنى",
      "وغيرت", "في", "على", "علي", "بسبب", "لـ26", "2015م", "#مصر_اليوم", "Facebookفيسبوك",
      "الإعلامية", "جماعية", "المستشفيات", "أبوظبي", "ستكون", "والتقت", "بالمائة", "جهته", "سنتين");

  private static final int HEX_CHARS = 16;

  private AnalysisFingerprint() {}

  /**
   * The fingerprint a writer's commits record: {@code current}, unless the folder already holds
   * articles ({@code articlesBefore} > 0) analyzed otherwise or before Fahras recorded it, which
   * stay flagged ({@link ArticleDocuments#UNRECORDED_ANALYSIS} or their recorded fingerprint) until
   * the index is built again.
   *
   * @throws IOException if the last commit cannot be read
   */
  static String toRecord(Directory directory, String current, int articlesBefore) throws IOException {
    if (articlesBefore == 0) {
      return current;
    }
    String recorded = ArticleDocuments.recordedAnalysis(directory);
    return recorded == null ? ArticleDocuments.UNRECORDED_ANALYSIS : recorded;
  }

  /**
   * @return the digest of {@code analyzer}'s terms for {@link #PROBE} in the {@code body} field
   * @throws UncheckedIOException if the analyzer fails on the probe (it reads a string: it does not)
   */
  static String of(Analyzer analyzer) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    try (TokenStream ts = analyzer.tokenStream(ArticleFields.BODY, PROBE)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        digest.update((increment.getPositionIncrement() + ":" + term + " ").getBytes(StandardCharsets.UTF_8));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze the probe text", e);
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_CHARS);
  }
}
