import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, isAppUrl, mayGrantPermission, rendererEntry } from '../../../src/main/core/url-policy';

const INDEX = '/opt/Integration Desk/resources/app.asar/out/renderer/index.html';
const packaged = rendererEntry({ isPackaged: true, devServerUrl: 'http://localhost:5173', indexFile: INDEX });
const dev = rendererEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173/', indexFile: INDEX });
const APP_FILE = 'file:///opt/Integration%20Desk/resources/app.asar/out/renderer/index.html';

describe('the renderer entry', () => {
  it('is the built index.html in a packaged app, whatever ELECTRON_RENDERER_URL says', () => {
    expect(packaged).toEqual({ kind: 'file', url: APP_FILE });
  });

  it('is the dev server in an unpackaged build, only on a loopback host', () => {
    expect(dev).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/' });
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173', indexFile: INDEX }).kind).toBe('dev-server');
    for (const devServerUrl of [
      'https://evil.example/',
      'http://192.168.0.10:5173',
      'file:///tmp/evil.html',
      'javascript:alert(1)',
      'not a url',
      ''
    ]) {
      expect(rendererEntry({ isPackaged: false, devServerUrl, indexFile: INDEX })).toEqual({ kind: 'file', url: APP_FILE });
    }
    expect(rendererEntry({ isPackaged: false, devServerUrl: undefined, indexFile: INDEX }).kind).toBe('file');
  });
});

describe('isAppUrl', () => {
  it('accepts the built index.html, with or without a #route', () => {
    expect(isAppUrl(packaged, APP_FILE)).toBe(true);
    expect(isAppUrl(packaged, `${APP_FILE}#/orders/12`)).toBe(true);
  });

  it('refuses any other file:// URL, a query, or another scheme', () => {
    for (const url of [
      'file:///tmp/evil.html',
      'file:///opt/Integration%20Desk/resources/app.asar/out/renderer/other.html',
      'file:///opt/Integration%20Desk/resources/app.asar/out/renderer/index.html.evil',
      `${APP_FILE}?x=1`,
      'file://remote-host/opt/Integration%20Desk/resources/app.asar/out/renderer/index.html',
      'https://lojademo.myvtex.com/admin',
      'http://localhost:5173/',
      'about:blank',
      '',
      'not a url'
    ]) {
      expect(isAppUrl(packaged, url), url).toBe(false);
    }
  });

  it('normalises dot segments before comparing', () => {
    expect(isAppUrl(packaged, 'file:///opt/Integration%20Desk/resources/app.asar/out/renderer/../renderer/index.html')).toBe(
      true
    );
    expect(
      isAppUrl(packaged, 'file:///opt/Integration%20Desk/resources/app.asar/out/renderer/index.html/../../../../../tmp/x.html')
    ).toBe(false);
  });

  it('in dev accepts the dev server origin only', () => {
    expect(isAppUrl(dev, 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, 'http://localhost.evil.example:5173/')).toBe(false);
    expect(isAppUrl(dev, APP_FILE)).toBe(false);
  });
});

describe('allowedExternalUrl', () => {
  it.each([
    'https://lojademo.myvtex.com/admin/orders/1234-01',
    'https://lojademo.myvtex.com/admin',
    'https://loja2.myvtex.com/admin/logistics/#/inventory',
    'https://lojademo.vtexcommercestable.com.br/admin/Site/SkuForm.aspx?IdSku=1',
    'https://help.vtex.com/en/tutorial/what-is-an-account-name',
    'https://developers.vtex.com/docs/api-reference/marketplace-apis'
  ])('lets %s open in the browser', (url) => {
    expect(allowedExternalUrl(url)).toBe(url);
  });

  it('returns the normalised URL it checked', () => {
    expect(allowedExternalUrl('HTTPS://LojaDemo.MyVTEX.com/admin/pricing')).toBe('https://lojademo.myvtex.com/admin/pricing');
  });

  it.each([
    'http://lojademo.myvtex.com/admin',
    'https://lojademo.myvtex.com/',
    'https://lojademo.myvtex.com/administrator',
    'https://lojademo.myvtex.com/admin/../api/oms/pvt/orders',
    'https://lojademo.myvtex.com/admin/%2e%2e/api',
    'https://evil.example/admin',
    'https://lojademo.myvtex.com.evil.example/admin',
    'https://evil.example\\@lojademo.myvtex.com/admin',
    'https://user:pass@lojademo.myvtex.com/admin',
    'https://lojademo.myvtex.com:8443/admin',
    'https://loja-demo.myvtex.com/admin',
    'https://loja_demo.myvtex.com/admin',
    'https://a.b.myvtex.com/admin',
    `https://${'a'.repeat(65)}.myvtex.com/admin`,
    'https://myvtex.com/admin',
    'https://help.vtex.com.evil.example/',
    'https://evil.help.vtex.com/',
    'https://vtex.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'not a url'
  ])('keeps %s inside the app', (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });
});

describe('mayGrantPermission', () => {
  it('grants only clipboard writes, only to the app page in its top frame', () => {
    expect(mayGrantPermission(packaged, 'clipboard-sanitized-write', { requestingUrl: APP_FILE, isMainFrame: true })).toBe(true);
    expect(mayGrantPermission(packaged, 'clipboard-sanitized-write', { requestingUrl: APP_FILE, isMainFrame: false })).toBe(
      false
    );
    expect(
      mayGrantPermission(packaged, 'clipboard-sanitized-write', { requestingUrl: 'file:///tmp/evil.html', isMainFrame: true })
    ).toBe(false);
    expect(mayGrantPermission(packaged, 'clipboard-sanitized-write', { isMainFrame: true })).toBe(false);
    for (const permission of [
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
      'unknown'
    ]) {
      expect(mayGrantPermission(packaged, permission, { requestingUrl: APP_FILE, isMainFrame: true }), permission).toBe(false);
    }
  });
});
