import { join } from 'node:path';
import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultMirrorPath, userDataDir } from '../../../src/main/core/paths';

describe('userDataDir', () => {
  it('matches Electron’s userData folder on each platform', () => {
    expect(userDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Integration Desk'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Integration Desk'));
    expect(userDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toBe(
      join('C:/Users/a/AppData/Roaming', 'Integration Desk')
    );
    expect(userDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Integration Desk'));
  });

  it('is overridden by INTEGRATION_DESK_DATA_DIR, and the mirror lives inside it', () => {
    expect(defaultMirrorPath({ INTEGRATION_DESK_DATA_DIR: '/tmp/desk' })).toBe(join('/tmp/desk', 'mirror.db'));
  });
});
