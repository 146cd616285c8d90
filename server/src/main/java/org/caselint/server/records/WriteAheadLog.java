package org.caselint.server.records;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.util.IOUtils;

/**
 * An append-only log of entries, fsynced before the caller acknowledges them, so a record is durable in a few
 * milliseconds instead of the hundred or so a Lucene commit takes. The log is a series of generation files
 * ({@code 000000000001.wal}, ...); each entry is {@code [length:int][crc32:int][bytes]}. After a Lucene commit
 * that covers everything in the older generations, {@link #deleteBefore} removes them. On start-up
 * {@link #replay} reads every entry left, stopping in each file at the first torn or corrupt entry (the tail of
 * a write that was never acknowledged).
 *
 * <p>Thread-safe. Concurrent {@link #sync} calls share fsyncs (group commit).
 */
final class WriteAheadLog implements Closeable {
    private static final String SUFFIX = ".wal";

    private final Path dir;
    private final Object appendLock = new Object();
    private final Object syncLock = new Object();
    private FileChannel channel;
    private long generation;
    private long written;
    private volatile long synced;
    private volatile boolean dirty;

    WriteAheadLog(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        List<Long> gens = generations();
        this.generation = gens.isEmpty() ? 0 : gens.get(gens.size() - 1);
    }

    /** Calls {@code each} with every intact entry of every generation, oldest first. Call before {@link #start}. */
    int replay(Consumer<byte[]> each) throws IOException {
        int n = 0;
        for (long g : generations()) {
            ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file(g)));
            while (all.remaining() >= 8) {
                int len = all.getInt();
                int crc = all.getInt();
                if (len < 0 || len > all.remaining()) break; // torn tail
                byte[] b = new byte[len];
                all.get(b);
                CRC32 c = new CRC32();
                c.update(b);
                if ((int) c.getValue() != crc) break; // corrupt tail
                each.accept(b);
                n++;
            }
        }
        return n;
    }

    /** Opens a new generation for appends and returns the generations before it (safe to delete after a commit). */
    long start() throws IOException {
        return rotate();
    }

    /**
     * Closes the current generation and opens the next; returns the closed generation's number. Callers make
     * sure no append is in progress (the index holds its write lock).
     */
    long rotate() throws IOException {
        synchronized (appendLock) {
            synchronized (syncLock) {
                long old = generation;
                if (channel != null) {
                    channel.force(false);
                    channel.close();
                }
                generation++;
                channel = FileChannel.open(file(generation), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                IOUtils.fsync(dir, true); // the new file's directory entry is durable too
                written = 0;
                synced = 0;
                dirty = false;
                return old;
            }
        }
    }

    /** Appends the entries (not yet durable); returns the position {@link #sync} must reach. */
    long append(List<byte[]> entries) throws IOException {
        int size = 0;
        for (byte[] e : entries) size += 8 + e.length;
        ByteBuffer buf = ByteBuffer.allocate(size);
        for (byte[] e : entries) {
            CRC32 c = new CRC32();
            c.update(e);
            buf.putInt(e.length).putInt((int) c.getValue()).put(e);
        }
        buf.flip();
        synchronized (appendLock) {
            while (buf.hasRemaining()) channel.write(buf);
            written += size;
            dirty = true;
            return written;
        }
    }

    /** Returns once everything up to {@code position} of the current generation is on disk. */
    void sync(long position) throws IOException {
        if (synced >= position) return;
        synchronized (syncLock) {
            if (synced >= position) return;
            long upTo;
            synchronized (appendLock) {
                upTo = written;
            }
            channel.force(false);
            synced = upTo;
        }
    }

    /** True when something was appended since the last {@link #rotate}. */
    boolean dirty() { return dirty; }

    /** Deletes every generation up to and including {@code generation}. */
    void deleteBefore(long generationInclusive) throws IOException {
        for (long g : generations()) if (g <= generationInclusive) Files.deleteIfExists(file(g));
    }

    private List<Long> generations() throws IOException {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(SUFFIX)) {
                    try {
                        out.add(Long.parseLong(n.substring(0, n.length() - SUFFIX.length())));
                    } catch (NumberFormatException e) {
                        // not ours
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    private Path file(long g) {
        return dir.resolve(String.format(Locale.ROOT, "%012d%s", g, SUFFIX));
    }

    @Override
    public void close() throws IOException {
        synchronized (appendLock) {
            if (channel != null) {
                channel.force(false);
                channel.close();
                channel = null;
            }
        }
    }
}
