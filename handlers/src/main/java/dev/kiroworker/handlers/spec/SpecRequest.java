package dev.kiroworker.handlers.spec;

/**
 * What ValidateSpec checks: the work item as DiscoverWorkItem found it. Fields are taken as given
 * and checked by {@link SpecValidator}, since they come from the board, where anyone can type.
 *
 * @param repository {@code owner/name}
 * @param branch the feature branch
 * @param specPath {@code .kiro/specs/<name>}; when absent, derived from the branch with each {@code
 *     /} replaced by {@code -}
 */
public record SpecRequest(String repository, String branch, String specPath) {}
