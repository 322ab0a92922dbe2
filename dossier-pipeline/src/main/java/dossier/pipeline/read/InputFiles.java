package dossier.pipeline.read;

import dossier.pipeline.read.ReadResult.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files an input names: the file itself, read whatever its name; or, for a directory, the
 * article files under it (see {@link InputFormat#readInDirectories}), depth first, sorted by name
 * within each directory, skipping hidden files and directories and not following linked directories.
 */
final class InputFiles {

  private InputFiles() {}

  /** Hands {@code files} each file {@code input} names, and {@code failures} each that cannot be listed. */
  static void expand(String input, Consumer<Path> files, Consumer<? super ReadResult> failures) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      failures.accept(new Failure(input, 0, "invalid path: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, files, failures);
    } else if (Files.exists(path)) {
      files.accept(path);
    } else {
      failures.accept(new Failure(input, 0, "no such file or directory"));
    }
  }

  private static void walk(Path dir, Consumer<Path> files, Consumer<? super ReadResult> failures) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      failures.accept(new Failure(dir.toString(), 0, "cannot list directory: " + e.getMessage()));
      return;
    }
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(entry, files, failures);
      } else if (Files.isRegularFile(entry) && InputFormat.readInDirectories(name)) {
        files.accept(entry);
      }
    }
  }
}
