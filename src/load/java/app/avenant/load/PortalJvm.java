package app.avenant.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's JVM on this machine, read with {@code jcmd} (same user, same JDK): full collections, the heap
 * used after them, and the class histogram of what is alive.
 */
final class PortalJvm {

    /** GC.heap_info's first line: " garbage-first heap   total reserved 4194304K, committed 262144K, used 151234K". */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");
    /** A histogram row: "   1:        123456       12345678  [B (java.base@25)". */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+)$");

    private final long pid;
    private final String jcmd;

    PortalJvm(long pid) {
        this.pid = pid;
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /** Two full collections a second apart (what the first frees may make more collectable: finalizers, soft refs). */
    void fullGc() {
        run("GC.run");
        sleep(1000);
        run("GC.run");
    }

    /** The heap used, in bytes, as GC.heap_info tells it (right after {@link #fullGc}: what is alive, plus slack). */
    long usedHeapBytes() {
        String info = run("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap used in GC.heap_info:\n" + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** GC.class_histogram (itself after a full collection: live objects only), as jcmd prints it. */
    Histogram classHistogram() {
        return new Histogram(run("GC.class_histogram"));
    }

    /** The live objects by class, largest first, and their total. */
    static final class Histogram {
        final List<String> lines;
        /** Class name → {instances, bytes}, in the histogram's order (bytes, largest first). */
        final Map<String, long[]> classes = new LinkedHashMap<>();
        /** Bytes of all the objects listed, the JVM's fillers of unused space left out. */
        long totalBytes;

        Histogram(String text) {
            lines = List.of(text.split("\n"));
            for (String line : lines) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    String name = row.group(3).strip();
                    long bytes = Long.parseLong(row.group(2));
                    classes.put(name, new long[] {Long.parseLong(row.group(1)), bytes});
                    // the JVM's fillers of unused space (jdk.internal.vm.FillerObject, FillerElement[]) live nowhere
                    if (!name.contains("jdk.internal.vm.Filler")) {
                        totalBytes += bytes;
                    }
                }
            }
            if (classes.isEmpty() || totalBytes == 0) {
                throw new IllegalStateException("not a class histogram:\n" + text);
            }
        }

        /** The header and the first {@code rows} classes, then the total line. */
        String top(int rows) {
            List<String> out = new ArrayList<>();
            int seen = 0;
            for (String line : lines) {
                boolean isRow = ROW.matcher(line).matches();
                if (isRow) {
                    seen++;
                }
                if ((!isRow && !line.startsWith("Total")) || (isRow && seen <= rows)) {
                    out.add(line);
                }
            }
            lines.stream().filter(l -> l.startsWith("Total")).forEach(out::add);
            return String.join("\n", out) + "\n";
        }
    }

    /** GC.heap_dump of the live objects to that file, for a look at what a step holds (-Dload.heapDump). */
    void heapDump(String file) {
        run("GC.heap_dump " + file);
    }

    private String run(String command) {
        try {
            Process process = new ProcessBuilder(Stream.concat(
                                    Stream.of(jcmd, Long.toString(pid)), Stream.of(command.split(" ")))
                            .toList())
                    .redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        "jcmd " + pid + " " + command + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
