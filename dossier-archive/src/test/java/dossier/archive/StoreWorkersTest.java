package dossier.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StoreWorkersTest {
  @Test
  void preparingWaitingRunsBeforeIndexWorkWaitingAndEachKindInTurn() throws Exception {
    StoreWorkers workers = new StoreWorkers(1);
    try {
      CountDownLatch busy = new CountDownLatch(1);
      List<String> ran = new CopyOnWriteArrayList<>();
      Future<?> first = workers.index(() -> {
        busy.await();
        return ran.add("index 1");
      });
      Future<?> second = workers.index(() -> ran.add("index 2"));
      Future<?> third = workers.index(() -> ran.add("index 3"));
      Future<?> a = workers.prepare(() -> ran.add("prepare a"));
      Future<?> b = workers.prepare(() -> ran.add("prepare b"));
      busy.countDown();
      for (Future<?> f : List.of(first, second, third, a, b)) f.get();
      assertEquals(List.of("index 1", "prepare a", "prepare b", "index 2", "index 3"), ran);
    } finally {
      workers.shutdownNow();
    }
  }
}
