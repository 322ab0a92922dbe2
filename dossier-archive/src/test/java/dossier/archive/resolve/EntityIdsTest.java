package dossier.archive.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdsTest {

  private static EntityIds of(long... ids) {
    EntityIds set = new EntityIds();
    for (long id : ids) set.add(id);
    return set;
  }

  @Test
  void keepsIdsAscendingAndOnceWhateverTheOrderTheyComeIn() {
    // Loaded from SQLite in alias order, then new entities (the largest ids) appended.
    EntityIds set = of(40, 7, 19, 7, 3, 40, 25, 101);
    assertArrayEquals(new long[] {3, 7, 19, 25, 40, 101}, set.toArray());
    assertEquals(6, set.size());
  }

  @Test
  void aSurnameSetHoldsItsFullNamesSets() {
    EntityIds surname = of(2, 9, 14, 30, 31), fullName = of(9, 31), other = of(9, 12);
    assertTrue(surname.containsAll(fullName));
    assertTrue(surname.containsAll(new EntityIds()));
    assertFalse(surname.containsAll(other));
    assertFalse(fullName.containsAll(surname));
    assertArrayEquals(new long[] {2, 9, 14, 30, 31}, EntityIds.union(List.of(fullName, surname)));
    assertArrayEquals(new long[] {2, 9, 12, 14, 30, 31}, EntityIds.union(List.of(surname, other, fullName)));
    assertArrayEquals(new long[0], EntityIds.union(List.of()));
  }

  @Test
  void aCopyDoesNotChangeWithTheSet() {
    EntityIds set = of(5, 8);
    long[] candidates = EntityIds.union(List.of(set));
    set.add(11);
    assertArrayEquals(new long[] {5, 8}, candidates);
  }
}
