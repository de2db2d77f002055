package dev.kiroworker.worker.build.steering;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Reads and writes the sync's state file inside the target's steering folder. */
final class SyncStateFile {

  static final String FILE_NAME = ".kiro-worker-steering.json";

  private SyncStateFile() {}

  /** The recorded state, or empty before the first sync. */
  static Optional<SyncState> read(SteeringTarget target) {
    return target.read(FILE_NAME).map(SyncStateFile::parse);
  }

  /** Writes {@code state}; returns false, writing nothing, when the file already holds it. */
  static boolean write(SteeringTarget target, SyncState state) {
    byte[] bytes = serialize(state);
    if (target.read(FILE_NAME).filter(current -> Arrays.equals(current, bytes)).isPresent()) {
      return false;
    }
    target.write(FILE_NAME, bytes);
    return true;
  }

  private static SyncState parse(byte[] bytes) {
    try {
      return JsonMapper.shared().readValue(bytes, SyncState.class);
    } catch (IOException e) {
      throw new SteeringSyncException(
          ("the steering state file %s/%s is corrupt: %s; fix it, or delete it to make the next"
                  + " sync treat existing steering files as the team's own")
              .formatted(SteeringTarget.FOLDER, FILE_NAME, JsonProblem.describe(e)),
          e);
    }
  }

  private static byte[] serialize(SyncState state) {
    try {
      String json = JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(state);
      return (json + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the steering state " + state, e);
    }
  }
}
