/**
 * Built-in task integrations that answer the way the AWS service integrations do: Lambda (by
 * function ARN and through {@code arn:aws:states:::lambda:invoke}), CodeBuild {@code
 * startBuild.sync} and SNS {@code publish}, each backed by local Java code.
 */
package dev.kiroworker.statemachine.tasks;
