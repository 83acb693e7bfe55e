package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A four-article JSON Lines corpus for benchmark tests (text written for these tests), with one
 * malformed line and one repeated id that the loader must skip.
 */
final class TinyCorpus {

  static final int ARTICLES = 4;

  private TinyCorpus() {}

  static Path write(Path folder) throws IOException {
    Path file = folder.resolve("tiny.jsonl");
    Files.write(file, List.of(
        "{\"id\":\"t1\",\"title\":\"اجتماع وزراء الخارجية العرب\",\"body\":\"اجتمع وزراء الخارجية العرب في القاهرة يوم الثلاثاء لبحث الأوضاع في المنطقة.\",\"date\":\"2015-07-21 02:51:32\",\"source\":\"tests\",\"url\":\"http://example.org/1\",\"author\":\"القاهرة: مراسلنا\"}",
        "{\"id\":\"t2\",\"title\":\"أمطار غزيرة على جدة\",\"body\":\"هطلت أمطارٌ غزيرة على مدينة جدّة صباح اليوم، وأعلن الدفاع المدني رفع درجة الاستعداد.\",\"date\":\"2015-08-02\",\"source\":\"tests\"}",
        "{\"id\":\"t3\",\"title\":\"\",\"body\":\"\"}",
        "not json at all",
        "{\"id\":\"t1\",\"title\":\"نسخة مكررة\",\"body\":\"مقالة بمعرف مكرر يجب تخطيها.\"}",
        "{\"id\":\"t4\",\"title\":\"معرض الكتاب\",\"body\":\"افتتح معرض الرياض الدولي للكتاب أبوابه للزوار بمشاركة ٥٠٠ دار نشر من ٣٠ دولة.\",\"author\":\"الرياض\"}"),
        StandardCharsets.UTF_8);
    return file;
  }
}
