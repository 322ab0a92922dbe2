package dossier.archive.resolve;

import java.util.Arrays;
import java.util.List;

/**
 * Archive entity ids in ascending order in one array: a set of the resolver's candidate index. Read
 * far more often than changed, and a new entity's id is the largest yet, so adding mostly appends.
 * As TreeSets of boxed ids, testing whether one set holds another and copying them into a union
 * were a third of the resolver's time on the ingest writer.
 */
final class EntityIds {
  private long[] ids = new long[2];
  private int size;

  void add(long id) {
    if (size > 0 && ids[size - 1] < id) {
      append(id);
      return;
    }
    int at = Arrays.binarySearch(ids, 0, size, id);
    if (at >= 0) return;
    at = -at - 1;
    if (size == ids.length) ids = Arrays.copyOf(ids, size + (size >> 1) + 1);
    System.arraycopy(ids, at, ids, at + 1, size - at);
    ids[at] = id;
    size++;
  }

  private void append(long id) {
    if (size == ids.length) ids = Arrays.copyOf(ids, size + (size >> 1) + 1);
    ids[size++] = id;
  }

  int size() {
    return size;
  }

  /** The ids, ascending, in a new array. */
  long[] toArray() {
    return Arrays.copyOf(ids, size);
  }

  /** Whether every id of {@code other} is here: one walk of both sorted arrays. */
  boolean containsAll(EntityIds other) {
    if (other.size > size) return false;
    int i = 0;
    for (int j = 0; j < other.size; j++) {
      long id = other.ids[j];
      while (i < size && ids[i] < id) i++;
      if (i == size || ids[i] != id) return false;
      i++;
    }
    return true;
  }

  /**
   * The ids of all the sets, ascending, each once. A person's surname set holds its full names' sets, so
   * mostly this is a copy of the largest.
   */
  static long[] union(List<EntityIds> sets) {
    EntityIds largest = null;
    int total = 0;
    for (EntityIds set : sets) {
      total += set.size;
      if (largest == null || set.size > largest.size) largest = set;
    }
    if (largest == null) return new long[0];
    boolean covers = true;
    for (EntityIds set : sets) {
      if (set != largest && !largest.containsAll(set)) {
        covers = false;
        break;
      }
    }
    if (covers) return largest.toArray();
    long[] all = new long[total];
    int n = 0;
    for (EntityIds set : sets) {
      System.arraycopy(set.ids, 0, all, n, set.size);
      n += set.size;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) if (i == 0 || all[i] != all[i - 1]) all[distinct++] = all[i];
    return Arrays.copyOf(all, distinct);
  }
}
