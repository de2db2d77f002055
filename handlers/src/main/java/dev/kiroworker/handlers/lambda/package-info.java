/**
 * What every handler shares with the Lambda runtime: JSON in and out of typed records, and the AWS
 * SDK clients built once per container.
 */
package dev.kiroworker.handlers.lambda;
