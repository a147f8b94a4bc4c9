import { defaultSettings, type HouseSettings, type HouseSettingsPatch } from '../../../shared/settings';
import { kiosk, unwrap } from './kiosk';

/** The house settings as main holds them; read through the bridge, never stored in the renderer. */
class HouseSettingsState {
  current = $state.raw<HouseSettings>(defaultSettings());
  loaded = $state(false);

  async load() {
    this.current = await unwrap(kiosk.settings.get());
    this.loaded = true;
  }

  async update(patch: HouseSettingsPatch) {
    this.current = await unwrap(kiosk.settings.update({ patch }));
  }
}

export const houseSettings = new HouseSettingsState();
