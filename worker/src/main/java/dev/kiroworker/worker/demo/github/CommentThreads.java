package dev.kiroworker.worker.demo.github;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The comments on the repository's pull requests and issues, oldest first. */
final class CommentThreads {

  /** Ids in the range GitHub's issue comments have today, so they look like real ones. */
  private static final long FIRST_ID = 2486030001L;

  private final Clock clock;
  private final List<IssueComment> comments = new ArrayList<>();

  CommentThreads(Clock clock) {
    this.clock = clock;
  }

  synchronized List<IssueComment> on(int number) {
    return comments.stream().filter(comment -> comment.number() == number).toList();
  }

  synchronized IssueComment create(int number, String body) {
    var comment =
        new IssueComment(
            FIRST_ID + comments.size(), number, body, clock.instant(), clock.instant());
    comments.add(comment);
    return comment;
  }

  /** Replaces the body of comment {@code id}; empty when there is no such comment. */
  synchronized Optional<IssueComment> edit(long id, String body) {
    for (int i = 0; i < comments.size(); i++) {
      IssueComment old = comments.get(i);
      if (old.id() == id) {
        var edited = new IssueComment(id, old.number(), body, old.createdAt(), clock.instant());
        comments.set(i, edited);
        return Optional.of(edited);
      }
    }
    return Optional.empty();
  }
}
