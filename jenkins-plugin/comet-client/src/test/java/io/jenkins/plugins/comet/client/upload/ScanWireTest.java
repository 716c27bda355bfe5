package io.jenkins.plugins.comet.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.support.RepoPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScanWireTest {
    private static final ArtifactGlobs GLOBS = ArtifactGlobs.of("requirements/**", "src/**", "tests/**", "");

    @Test
    void encode_demoScan_serializesOnlyJdkClasses_andDecodesToTheSameScan() throws Exception {
        var scan = new WorkspaceScanner(GLOBS).scan(RepoPaths.demoWorkspace());
        var bytes = serialize(ScanWire.encode(scan));

        // What the controller's JEP-200 filter would see: every class named in the stream.
        var seen = new TreeSet<String>();
        Object read;
        try (var in = new RecordingInput(bytes, seen)) {
            read = in.readObject();
        }
        assertTrue(seen.stream().allMatch(name -> name.startsWith("[Ljava.lang.String;") || name.startsWith("[[Ljava.lang.String;")
                || name.startsWith("java.")), seen.toString());
        assertEquals(scan, ScanWire.decode((String[][]) read));
    }

    @Test
    void decode_keepsSkippedLines() {
        var scan = new CollectedArtifacts(List.of(new ArtifactFile("r.txt", "text")), List.of(), List.of(), List.of("b.bin: binary file"));
        var back = ScanWire.decode(ScanWire.encode(scan));
        assertEquals(List.of("b.bin: binary file"), back.skipped());
        assertEquals("text", back.requirements().get(0).text());
    }

    @Test
    void decode_malformedRowsFromAnAgent_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScanWire.decode(new String[][] {{"code", "a.java"}}));
        assertThrows(IllegalArgumentException.class, () -> ScanWire.decode(new String[][] {{"secrets", "a", "b"}}));
        assertThrows(IllegalArgumentException.class, () -> ScanWire.decode(new String[][] {{"code", "", "b"}}));
        assertThrows(IllegalArgumentException.class, () -> ScanWire.decode(new String[][] {null}));
    }

    private static byte[] serialize(Object value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static final class RecordingInput extends ObjectInputStream {
        private final Set<String> seen;

        RecordingInput(byte[] bytes, Set<String> seen) throws IOException {
            super(new ByteArrayInputStream(bytes));
            this.seen = seen;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            seen.add(desc.getName());
            return super.resolveClass(desc);
        }
    }
}
