package dev.kiroworker.worker.build.steering;

import static dev.kiroworker.worker.build.steering.SyncStatus.ADDED;
import static dev.kiroworker.worker.build.steering.SyncStatus.PINNED;
import static dev.kiroworker.worker.build.steering.SyncStatus.UNCHANGED;
import static dev.kiroworker.worker.build.steering.SyncStatus.UPDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteeringSyncTest {

  @TempDir Path temp;

  Path repo;
  Path steering;
  SteeringPack v1;
  SteeringPack v2;
  final SteeringSync sync = SteeringSync.create();

  @BeforeEach
  void givenARepositoryAndTwoPackVersions() throws IOException {
    repo = Files.createDirectories(temp.resolve("repo"));
    steering = repo.resolve(".kiro/steering");
    v1 = PackFolder.in(temp.resolve("v1")).file("a.md", "a1").file("b.md", "b1").load("1.0.0");
    v2 =
        PackFolder.in(temp.resolve("v2"))
            .file("a.md", "a2")
            .file("b.md", "b2")
            .file("c.md", "c2")
            .load("1.1.0");
  }

  @Test
  void sync_intoARepositoryWithoutSteering_addsEveryFile() throws IOException {
    SyncReport report = sync.sync(v1, repo);

    assertThat(report.files(ADDED)).containsExactly("a.md", "b.md");
    assertThat(report.changed()).isTrue();
    assertThat(Files.readString(steering.resolve("a.md"))).isEqualTo("a1");
    assertThat(Files.readString(steering.resolve("b.md"))).isEqualTo("b1");
    assertThat(Files.readString(steering.resolve(SyncStateFile.FILE_NAME)))
        .contains("\"packVersion\" : \"1.0.0\"")
        .contains("\"a.md\" : {", "\"sha256\" : \"" + FileHash.sha256Of("a1".getBytes()) + "\"")
        .contains("\"pinned\" : [ ]");
  }

  @Test
  void sync_twice_secondSyncLeavesEverythingUnchanged() throws IOException {
    sync.sync(v1, repo);
    String state = Files.readString(steering.resolve(SyncStateFile.FILE_NAME));

    SyncReport report = sync.sync(v1, repo);

    assertThat(report.files(UNCHANGED)).containsExactly("a.md", "b.md");
    assertThat(report.changed()).isFalse();
    assertThat(Files.readString(steering.resolve(SyncStateFile.FILE_NAME))).isEqualTo(state);
    assertThat(steering).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void sync_packUpgrade_updatesOnlyFilesTheTeamDidNotChange() throws IOException {
    sync.sync(v1, repo);
    Files.writeString(steering.resolve("b.md"), "b1, our way");

    SyncReport report = sync.sync(v2, repo);

    assertThat(report.packVersion()).isEqualTo("1.1.0");
    assertThat(report.files(UPDATED)).containsExactly("a.md");
    assertThat(report.files(ADDED)).containsExactly("c.md");
    assertThat(report.pinned())
        .containsExactly(new SyncEntry("b.md", PINNED, SyncEntry.EDITED_BY_TEAM));
    assertThat(Files.readString(steering.resolve("a.md"))).isEqualTo("a2");
    assertThat(Files.readString(steering.resolve("b.md"))).isEqualTo("b1, our way");
    assertThat(Files.readString(steering.resolve("c.md"))).isEqualTo("c2");
  }

  @Test
  void sync_afterATeamEdit_keepsReportingTheFileAsTheTeams() throws IOException {
    sync.sync(v1, repo);
    Files.writeString(steering.resolve("b.md"), "b1, our way");
    sync.sync(v2, repo);

    SyncReport report = sync.sync(v2, repo);

    assertThat(report.pinned()).extracting(SyncEntry::name).containsExactly("b.md");
    assertThat(report.changed()).isFalse();
    assertThat(Files.readString(steering.resolve("b.md"))).isEqualTo("b1, our way");
  }

  @Test
  void sync_whenTheTeamEditMatchesTheNewPack_recordsTheFileAsUnchanged() throws IOException {
    sync.sync(v1, repo);
    Files.writeString(steering.resolve("b.md"), "b2");

    SyncReport report = sync.sync(v2, repo);

    assertThat(report.files(UNCHANGED)).containsExactly("b.md");
    assertThat(Files.readString(steering.resolve(SyncStateFile.FILE_NAME)))
        .contains(FileHash.sha256Of("b2".getBytes()));
  }

  @Test
  void sync_whenAFileIsListedAsPinned_keepsItEvenIfUntouched() throws IOException {
    sync.sync(v1, repo);
    pin("a.md");

    SyncReport report = sync.sync(v2, repo);

    assertThat(report.pinned())
        .containsExactly(new SyncEntry("a.md", PINNED, SyncEntry.LISTED_AS_PINNED));
    assertThat(report.files(UPDATED)).containsExactly("b.md");
    assertThat(Files.readString(steering.resolve("a.md"))).isEqualTo("a1");
    assertThat(Files.readString(steering.resolve(SyncStateFile.FILE_NAME)))
        .contains("\"pinned\" : [ \"a.md\" ]")
        .contains(FileHash.sha256Of("a1".getBytes()));
  }

  @Test
  void sync_whenTheTeamAlreadyHadAFileOfThatName_keepsIt() throws IOException {
    Files.createDirectories(steering);
    Files.writeString(steering.resolve("a.md"), "ours from the start");

    SyncReport report = sync.sync(v1, repo);

    assertThat(report.pinned())
        .containsExactly(new SyncEntry("a.md", PINNED, SyncEntry.TEAM_OWN_FILE));
    assertThat(Files.readString(steering.resolve("a.md"))).isEqualTo("ours from the start");
    assertThat(Files.readString(steering.resolve(SyncStateFile.FILE_NAME))).doesNotContain("a.md");
  }

  @Test
  void sync_whenTheSteeringFolderIsASymlink_refusesToWrite() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createDirectories(repo.resolve(".kiro"));
    Files.createSymbolicLink(steering, elsewhere);

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("refusing to write through the symbolic link")
        .hasMessageContaining("plain folder");
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void sync_whenTheKiroFolderIsASymlink_refusesToWrite() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(repo.resolve(".kiro"), elsewhere);

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("symbolic link");
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void sync_whenASteeringFileIsASymlink_refusesToWriteThroughIt() throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.md"), "not yours");
    Files.createDirectories(steering);
    Files.createSymbolicLink(steering.resolve("a.md"), outside);

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("symbolic link " + steering.resolve("a.md"))
        .hasMessageContaining("plain file");
    assertThat(outside).hasContent("not yours");
  }

  @Test
  void sync_whenASteeringFileIsAFolder_saysSo() throws IOException {
    Files.createDirectories(steering.resolve("a.md"));

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("is not a regular file");
  }

  @Test
  void sync_whenTheTargetIsNotAFolder_saysSo() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "x");

    assertThatThrownBy(() -> sync.sync(v1, file))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("does not exist or is not a folder");
  }

  @Test
  void sync_whenDotKiroIsAFile_saysItMustBeAFolder() throws IOException {
    Files.writeString(repo.resolve(".kiro"), "x");

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("must be a folder");
  }

  @Test
  void sync_whenTheStateFileIsCorrupt_givesAClearError() throws IOException {
    Files.createDirectories(steering);
    Files.writeString(steering.resolve(SyncStateFile.FILE_NAME), "{\"packVersion\": ");

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining(".kiro/steering/.kiro-worker-steering.json is corrupt")
        .hasMessageContaining("(line 1, column 17)")
        .hasMessageNotContaining("REDACTED")
        .hasMessageContaining("fix it, or delete it");
    assertThat(steering.resolve("a.md")).doesNotExist();
  }

  @Test
  void sync_whenTheStateFileHasNoVersion_givesAClearError() throws IOException {
    Files.createDirectories(steering);
    Files.writeString(steering.resolve(SyncStateFile.FILE_NAME), "{\"files\": {}}");

    assertThatThrownBy(() -> sync.sync(v1, repo))
        .isInstanceOf(SteeringSyncException.class)
        .hasMessageContaining("is corrupt")
        .hasMessageContaining("packVersion is missing");
  }

  @Test
  void commitMessage_namesTheVersionAndWhatChangedAndWasKept() throws IOException {
    sync.sync(v1, repo);
    Files.writeString(steering.resolve("b.md"), "b1, our way");

    String message = SteeringSync.commitMessage(sync.sync(v2, repo));

    assertThat(message)
        .isEqualTo(
            """
            chore(steering): sync pack 1.1.0

            added: c.md
            updated: a.md
            kept: b.md (edited by the team since the last sync)""");
  }

  @Test
  void commitMessage_withNothingToList_isTheSubjectLineOnly() {
    SyncReport report = new SyncReport("2.0.0", java.util.List.of(), false);

    assertThat(SteeringSync.commitMessage(report)).isEqualTo("chore(steering): sync pack 2.0.0\n");
  }

  @Test
  void describe_givesOneLinePerFileWithTheReasonForKeptFiles() throws IOException {
    Files.createDirectories(steering);
    Files.writeString(steering.resolve("a.md"), "ours");

    assertThat(sync.sync(v1, repo).describe())
        .containsExactly(
            "PINNED a.md (the team's own file, never written by kiro-worker)", "ADDED b.md");
  }

  private void pin(String name) throws IOException {
    Path state = steering.resolve(SyncStateFile.FILE_NAME);
    Files.writeString(
        state,
        Files.readString(state).replace("\"pinned\" : [ ]", "\"pinned\" : [ \"" + name + "\" ]"));
  }
}
