/**
 * A Lit reactive controller that re-renders its host when the UI language changes.
 * @example class MyElement extends LitElement { private readonly i18n = new LocaleController(this); … }
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, onLocaleChange } from './locale-store.ts';
import type { Locale } from './locales.ts';

export class LocaleController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The language the host should render in now. */
  get locale(): Locale {
    return getLocale();
  }

  hostConnected(): void {
    this.stop = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
