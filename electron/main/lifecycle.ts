/** Services are created by hand in dependency order and disposed in reverse. */
export interface Disposable {
  dispose(): void | Promise<void>;
}

export class DisposableStack {
  private readonly items: Disposable[] = [];

  add<T extends Disposable>(item: T): T {
    this.items.push(item);
    return item;
  }

  /** Disposes everything, last created first; one failure does not stop the rest. */
  async disposeAll(onError: (error: unknown) => void = console.error): Promise<void> {
    while (this.items.length > 0) {
      try {
        await this.items.pop()!.dispose();
      } catch (error) {
        onError(error);
      }
    }
  }
}
