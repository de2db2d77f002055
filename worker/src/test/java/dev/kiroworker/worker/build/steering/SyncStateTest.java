package dev.kiroworker.worker.build.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncStateTest {

  static final FileHash HASH = new FileHash("a".repeat(64));

  @Test
  void newState_withoutFilesOrPinned_hasEmptyOnes() {
    SyncState state = new SyncState("1.0.0", null, null);

    assertThat(state.files()).isEmpty();
    assertThat(state.pinned()).isEmpty();
  }

  @Test
  void newState_sortsAndDeduplicatesPinned() {
    assertThat(new SyncState("1.0.0", Map.of(), List.of("b.md", "a.md", "b.md")).pinned())
        .containsExactly("a.md", "b.md");
  }

  @Test
  void newState_withoutAVersion_isRefused() {
    assertThatThrownBy(() -> new SyncState(null, Map.of(), List.of()))
        .hasMessage("packVersion is missing");
    assertThatThrownBy(() -> new SyncState(" ", Map.of(), List.of()))
        .hasMessage("packVersion is missing");
  }

  @Test
  void newManifest_withoutFiles_isRefused() {
    assertThatThrownBy(() -> new Manifest("1.0.0", null)).hasMessage("files is missing or empty");
    assertThatThrownBy(() -> new Manifest("1.0.0", Map.of()))
        .hasMessage("files is missing or empty");
    assertThatThrownBy(() -> new Manifest(null, Map.of("a.md", HASH)))
        .hasMessage("version is missing");
  }

  @Test
  void newFileHash_withoutAHash_isRefused() {
    assertThatThrownBy(() -> new FileHash(null))
        .hasMessage("sha256 must be 64 lower-case hex digits, but was null");
  }

  @Test
  void newEntry_withoutAReason_hasAnEmptyOne() {
    assertThat(new SyncEntry("a.md", SyncStatus.ADDED, null).reason()).isEmpty();
  }

  @Test
  void sha256Of_knownInput_isTheStandardDigest() {
    assertThat(FileHash.sha256Of("abc".getBytes()))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
