package dev.kiroworker.cdk.workflow;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.constructs.IConstruct;

/**
 * cdk-nag findings we accept, each recorded on the resource it is about with the reason, so the
 * template says why and a new finding anywhere else still fails the checks.
 */
final class AcceptedFindings {

  private AcceptedFindings() {}

  /**
   * Accepts {@code rule} on {@code construct} and its children.
   *
   * @param appliesTo the finding's subjects: exact strings (e.g. {@code Resource::*}) or {@link
   *     io.github.cdklabs.cdknag.RegexAppliesTo}; none accepts the rule whatever it reports, which
   *     suits rules without subjects only
   */
  static void accept(IConstruct construct, String rule, String reason, Object... appliesTo) {
    NagPackSuppression.Builder suppression = NagPackSuppression.builder().id(rule).reason(reason);
    if (appliesTo.length > 0) {
      suppression.appliesTo(List.of(appliesTo));
    }
    NagSuppressions.addResourceSuppressions(construct, List.of(suppression.build()), true);
  }
}
