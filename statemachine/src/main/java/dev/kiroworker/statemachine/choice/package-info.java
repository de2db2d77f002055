/**
 * Choice state rules (query language JSONPath): parses them from a definition and decides which
 * state a Choice state goes to next, the way AWS Step Functions does.
 */
package dev.kiroworker.statemachine.choice;
