package org.caselint.server.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {
    @TempDir Path dir;

    private static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private List<String> replay() throws IOException {
        List<String> out = new ArrayList<>();
        try (WriteAheadLog log = new WriteAheadLog(dir)) {
            log.replay(x -> out.add(new String(x, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wal")).reduce((a, c) -> c).orElseThrow();
        }
    }

    @Test
    void replaysEntriesAcrossGenerationsInOrder() throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(dir)) {
            log.start();
            log.sync(log.append(List.of(b("one"), b("two"))));
            log.rotate();
            log.sync(log.append(List.of(b("three"))));
        }
        assertEquals(List.of("one", "two", "three"), replay());
    }

    @Test
    void ignoresATornOrCorruptTail() throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(dir)) {
            log.start();
            log.sync(log.append(List.of(b("kept"))));
        }
        Path f = onlyFile();
        Files.write(f, new byte[]{0, 0, 0, 50, 1, 2, 3, 4, 'x'}, StandardOpenOption.APPEND); // length says 50, 1 byte there
        assertEquals(List.of("kept"), replay());

        byte[] all = Files.readAllBytes(f);
        all[all.length - 10] ^= 0x5A; // flip a byte of "kept": its checksum no longer matches
        Files.write(f, all);
        assertEquals(List.of(), replay());
    }

    @Test
    void deletesGenerationsACommitCovers() throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(dir)) {
            log.start();
            log.sync(log.append(List.of(b("a"))));
            long old = log.rotate();
            log.sync(log.append(List.of(b("b"))));
            log.deleteBefore(old);
        }
        assertEquals(List.of("b"), replay());
    }
}
