package dossier.eval.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** This JVM's peak memory: heap used after each GC (from GC notifications), and the process's peak RSS. */
final class MemoryWatch {

  private static final double MB = 1024.0 * 1024.0;
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();
  private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peakAfterGc = new AtomicLong();

  MemoryWatch() {
    // Heap used right after a collection is the closest the JVM tells to the live set; sampling
    // between collections would mostly measure garbage not yet collected.
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
      }, null, null);
    }
  }

  /** Starts the next measurement: forgets the peaks so far (of heap pools, after-GC and RSS). */
  void reset() {
    peakAfterGc.set(0);
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    try {
      Files.writeString(CLEAR_REFS, "5"); // resets VmHWM to the current RSS (Linux >= 4.0)
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: cannot reset peak RSS, it covers the whole run: " + e);
    }
  }

  /** Heap used after a full collection now: the live set between articles. */
  double liveHeapMb() throws InterruptedException {
    System.gc();
    Thread.sleep(200); // GC notifications arrive on another thread
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
  }

  /** The most heap used after any collection since the last reset. */
  double peakHeapAfterGcMb() {
    return peakAfterGc.get() / MB;
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound that counts garbage too. */
  double peakHeapUsedMb() {
    return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }

  static double heapMaxMb() {
    return Runtime.getRuntime().maxMemory() / MB;
  }

  /** Total time spent in collections since the JVM started, in seconds. */
  static double gcSeconds() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum() / 1000.0;
  }

  static String gcNames() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
  }

  /** The process's peak resident set size (VmHWM) since start or the last reset, or -1 off Linux. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    } catch (IOException e) {
      // not Linux: no peak RSS to report
    }
    return -1;
  }

  /** The 1-minute load average of the machine, or -1 off Linux. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private long heapUsed(Map<String, MemoryUsage> usageByPool) {
    return usageByPool.entrySet().stream()
        .filter(e -> heapPoolNames.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
  }
}
