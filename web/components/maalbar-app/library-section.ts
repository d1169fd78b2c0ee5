/**
 * The shell's "Scenarier" section: `<maalbar-scenario-library>` on the browser's scenario store (opened once the
 * host connects), offered the working scenario to save and export. Opening or importing a scenario hands it to
 * `onOpen` as a working state (the host sets it through the working-state controller, which re-runs); the list
 * of saved scenarios is kept for the compare view's choices.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { BUNDLED_SCENARIOS } from '../../bundle/bundled-scenarios.ts';
import { t } from '../../i18n/t.ts';
import { workingScenarioFile, type WorkingState } from '../../state/working-state.ts';
import { openScenarioStore } from '../../storage/resilient-scenario-store.ts';
import type { SavedScenario, ScenarioStore } from '../../storage/scenario-store.ts';
import '../maalbar-scenario-library/maalbar-scenario-library.ts';
import type {
  LibraryChangeEvent,
  ScenarioImportEvent,
  ScenarioOpenEvent,
} from '../maalbar-scenario-library/maalbar-scenario-library.ts';
import { workingStateFor } from './scenario-choices.ts';

export interface LibrarySectionOptions {
  /** The working state now (the ambition and view are kept when a scenario is opened). */
  state: () => WorkingState;
  /** Makes `next` the working state. */
  onOpen: (next: WorkingState) => void;
  /** Tells the user that a scenario could not be opened. */
  onError: (message: string) => void;
}

const KNOWN_SCENARIOS: readonly Scenario[] = [...BUNDLED_SCENARIOS.values()];

export class LibrarySection implements ReactiveController {
  /** The saved scenarios as the library last listed them. */
  saved: readonly SavedScenario[] = [];
  private store: ScenarioStore | undefined;
  private openId = '';
  private file: { state: WorkingState; scenario: Scenario } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LibrarySectionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.store) return;
    void openScenarioStore({ indexedDB: window.indexedDB }).then((store) => {
      this.store = store;
      this.host.requestUpdate();
    });
  }

  render() {
    return html`<details class="scenarios">
      <summary>${t('library.title')}</summary>
      <maalbar-scenario-library
        .store=${this.store}
        .scenario=${this.workingFile()}
        .knownScenarios=${KNOWN_SCENARIOS}
        open-id=${this.openId}
        @scenario-open=${this.onOpen}
        @scenario-import=${this.onOpen}
        @library-change=${this.onChange}
      ></maalbar-scenario-library>
    </details>`;
  }

  /** The working scenario as a file, made once per state (not on every progress render). */
  private workingFile(): Scenario {
    const state = this.options.state();
    if (this.file?.state !== state) this.file = { state, scenario: workingScenarioFile(state) };
    return this.file.scenario;
  }

  /** Makes `scenario` (a file not from the library, e.g. a calibration's result) the working scenario. */
  openScenario(scenario: Scenario, libraryId = ''): void {
    try {
      const next = workingStateFor(scenario, this.options.state());
      this.openId = libraryId;
      this.options.onOpen(next);
    } catch (error) {
      this.options.onError(error instanceof Error ? error.message : String(error));
    }
  }

  private readonly onOpen = (event: ScenarioOpenEvent | ScenarioImportEvent): void => {
    this.openScenario(event.detail.scenario, event.detail.id);
  };

  private readonly onChange = (event: LibraryChangeEvent): void => {
    this.saved = event.detail.scenarios;
    this.host.requestUpdate();
  };
}
