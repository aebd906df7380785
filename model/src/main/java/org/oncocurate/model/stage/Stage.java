package org.oncocurate.model.stage;

/**
 * One step of the pipeline as a plain function: it returns its output, or throws {@link StageRejection} when the
 * input can never succeed. Any other exception is a transient failure that the runner may retry.
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input) throws StageRejection;
}
