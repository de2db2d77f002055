/** Clones a feature branch into a working folder and checks that its Kiro spec is there. */
package dev.kiroworker.worker.build.checkout;
