package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutOfMemoryMessageTest {
    @Test
    @DisplayName("an OutOfMemoryError wrapped by the task that waited for a worker is still told as out of memory")
    void wrappedOutOfMemory() {
        RuntimeException wrapped = new IllegalStateException(new ExecutionException(new OutOfMemoryError("heap")));
        assertTrue(BuildCommand.causedByOutOfMemory(wrapped));
        assertFalse(BuildCommand.causedByOutOfMemory(new IllegalStateException(new RuntimeException("bug"))));
    }
}
