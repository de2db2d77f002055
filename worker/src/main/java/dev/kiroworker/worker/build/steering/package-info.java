/** Ships the kiro-worker steering pack and syncs it into a target repository's .kiro/steering. */
package dev.kiroworker.worker.build.steering;
