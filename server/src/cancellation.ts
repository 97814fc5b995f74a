/** The part of LSP's cancellation token that the features read. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}
