package org.fahras.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;

/**
 * Indexes a whole corpus (by default the 31,030 SaudiNewsNet articles) into a temporary folder with
 * {@link ArticleIndex}'s default settings, in groups of {@link ArticleIndex#ADD_ALL_GROUP} articles as
 * {@code ./fahras index} does (one thread), and reports the heap it
 * needed: the largest heap in use right after a garbage collection (an upper bound of the live
 * set) and the peak heap in use (live data plus garbage not yet collected), in MB of 2^20 bytes.
 *
 * <p>Run it under the heap limit to check: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar
 * org.fahras.benchmarks.IndexingHeapCheck [CORPUS]}; {@code ./fahras bench --heap} does the same.
 * It fails with {@link OutOfMemoryError} if the limit is too small.
 */
public final class IndexingHeapCheck {

  /**
   * What the check measured.
   *
   * @param articles articles indexed
   * @param seconds wall time of indexing and the final commit
   * @param maxHeapMb the JVM's heap limit ({@code -Xmx})
   * @param peakAfterGcMb the largest heap in use after a collection
   * @param peakUsedMb the largest heap in use, summed over pools' peaks
   */
  public record Report(long articles, double seconds, double maxHeapMb, double peakAfterGcMb, double peakUsedMb) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "indexed %d articles in %.1f s with default settings; heap limit %.0f MB, peak in use after GC %.0f MB,"
              + " peak in use %.0f MB", articles, seconds, maxHeapMb, peakAfterGcMb, peakUsedMb);
    }
  }

  private static final double MB = 1024.0 * 1024.0;

  private IndexingHeapCheck() {}

  /**
   * Indexes {@code corpus} into a fresh temporary folder (deleted afterwards) and measures the heap.
   *
   * @throws IOException if the corpus cannot be read or the index written
   */
  public static Report run(Path corpus) throws IOException {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    AtomicLong peakAfterGc = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
            long used = after.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
            peakAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    Path folder = Files.createTempDirectory("fahras-heap-check-");
    long articles = 0;
    long start = System.nanoTime();
    try {
      try (ArticleIndex index = ArticleIndex.open(folder); JsonlArticleReader reader = JsonlArticleReader.open(corpus)) {
        List<Article> group = new ArrayList<>(ArticleIndex.ADD_ALL_GROUP);
        while (reader.hasNext()) {
          if (reader.next() instanceof CorpusLine.Valid valid) {
            group.add(valid.article());
            articles++;
          }
          if (group.size() == ArticleIndex.ADD_ALL_GROUP || !reader.hasNext()) {
            index.addAll(group);
            group.clear();
          }
        }
        index.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peakUsed = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peakUsed += pool.getPeakUsage().getUsed();
        }
      }
      return new Report(articles, seconds, Runtime.getRuntime().maxMemory() / MB, peakAfterGc.get() / MB, peakUsed / MB);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** {@code IndexingHeapCheck [CORPUS]}: prints the {@link Report}; the corpus as {@link BenchCorpus#resolve}. */
  public static void main(String[] args) throws IOException {
    Path corpus = BenchCorpus.resolve(args.length > 0 ? args[0] : BenchCorpus.DEFAULT);
    System.out.println("# corpus: " + corpus);
    System.out.println(run(corpus));
  }
}
