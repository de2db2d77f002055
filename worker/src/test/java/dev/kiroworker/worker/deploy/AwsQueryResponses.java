package dev.kiroworker.worker.deploy;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Response bodies of the IAM and STS Query APIs, in the shapes AWS's API references document: the
 * {@code <Operation>Response} element holding an {@code <Operation>Result} and {@code
 * ResponseMetadata}, lists as {@code member} elements, and the {@code ErrorResponse} of a refused
 * request. Sources: IAM API Reference, SimulatePrincipalPolicy, EvaluationResult and
 * ResourceSpecificResult (https://docs.aws.amazon.com/IAM/latest/APIReference/); STS API Reference,
 * GetCallerIdentity (https://docs.aws.amazon.com/STS/latest/APIReference/).
 */
final class AwsQueryResponses {

  private AwsQueryResponses() {}

  static String callerIdentity(String account, String arn) {
    return """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>%s</Arn>
            <UserId>AROA3XFRBF535PLBIFPI4:alice</UserId>
            <Account>%s</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata>
            <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
          </ResponseMetadata>
        </GetCallerIdentityResponse>
        """
        .formatted(arn, account);
  }

  /** A page of simulation results; {@code marker} is null on the last page. */
  static String simulation(String marker, String... results) {
    return """
        <SimulatePrincipalPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
          <SimulatePrincipalPolicyResult>
            <IsTruncated>%s</IsTruncated>
            %s
            <EvaluationResults>
        %s
            </EvaluationResults>
          </SimulatePrincipalPolicyResult>
          <ResponseMetadata>
            <RequestId>fedcba98-7654-3210-fedc-ba9876543210</RequestId>
          </ResponseMetadata>
        </SimulatePrincipalPolicyResponse>
        """
        .formatted(
            marker != null, marker == null ? "" : "<Marker>" + marker + "</Marker>", join(results));
  }

  /** One action's result without per-resource details (a "*" simulation, or the older shape). */
  static String result(String action, String resource, String decision) {
    return """
              <member>
                <EvalActionName>%s</EvalActionName>
                <EvalResourceName>%s</EvalResourceName>
                <EvalDecision>%s</EvalDecision>
                <MatchedStatements/>
                <MissingContextValues/>
              </member>
        """
        .formatted(action, resource, decision);
  }

  /**
   * One action's aggregate result with its per-resource decisions, each given as {resource,
   * decision}.
   */
  static String resultPerResource(String action, String decision, String[]... resources) {
    String perResource =
        Arrays.stream(resources)
            .map(
                each ->
                    """
                            <member>
                              <EvalResourceName>%s</EvalResourceName>
                              <EvalResourceDecision>%s</EvalResourceDecision>
                              <MatchedStatements/>
                              <MissingContextValues/>
                            </member>
                    """
                        .formatted(each[0], each[1]))
            .collect(Collectors.joining());
    return """
              <member>
                <EvalActionName>%s</EvalActionName>
                <EvalResourceName>%s</EvalResourceName>
                <EvalDecision>%s</EvalDecision>
                <ResourceSpecificResults>
        %s
                </ResourceSpecificResults>
              </member>
        """
        .formatted(action, resources[0][0], decision, perResource);
  }

  static String error(String namespace, String code, String message) {
    return """
        <ErrorResponse xmlns="%s">
          <Error>
            <Type>Sender</Type>
            <Code>%s</Code>
            <Message>%s</Message>
          </Error>
          <RequestId>0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0</RequestId>
        </ErrorResponse>
        """
        .formatted(namespace, code, message);
  }

  private static String join(String... parts) {
    return String.join("", parts);
  }
}
