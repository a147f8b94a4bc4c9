import { defaultSettings, type HouseSettings, type HouseSettingsPatch } from '../../../shared/settings';
import { kiosk, unwrap } from './kiosk';

/**
 * The house settings as main holds them, read through the bridge. For its first frame the wall
 * may show the copy it saved last time (startView.ts); main's own replace it as soon as they arrive.
 */
class HouseSettingsState {
  current = $state.raw<HouseSettings>(defaultSettings());
  /** Settings are in place: main's, or for the first frame the wall's saved copy. */
  loaded = $state(false);
  /** Main's own settings have arrived. */
  fromMain = $state(false);

  /** The saved copy, until main answers. */
  showCopy(settings: HouseSettings) {
    if (this.fromMain) return;
    this.current = settings;
    this.loaded = true;
  }

  async load() {
    this.current = await unwrap(kiosk.settings.get());
    this.loaded = true;
    this.fromMain = true;
  }

  async update(patch: HouseSettingsPatch) {
    this.current = await unwrap(kiosk.settings.update({ patch }));
  }
}

export const houseSettings = new HouseSettingsState();
