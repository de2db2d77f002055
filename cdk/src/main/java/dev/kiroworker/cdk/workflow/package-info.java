/**
 * The workflow stack's parts: the six handler functions (one per {@code ${<Name>FunctionArn}}
 * placeholder of {@code work-item.asl.json}, each with only the permissions its handler uses), the
 * state machine built from that file, its schedule and the rule that cleans up after executions
 * that end without releasing their lock.
 */
package dev.kiroworker.cdk.workflow;
