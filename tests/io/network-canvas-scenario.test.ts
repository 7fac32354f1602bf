// Which chosen files the import dialog reads as Network Canvas interviews rather than as a network.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNetworkCanvasFile } from '../../src/io/network-canvas-scenario';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('isNetworkCanvasFile(name, head)', () => {
  it('knows a Network Canvas GraphML by its nc: namespace, or by its networkCanvasType key', () => {
    expect(isNetworkCanvasFile('espinar.graphml', fixture('network-canvas/espinar-unified.graphml'))).toBe(true);
    const keyOnly = '<graphml><key id="networkCanvasType" attr.name="networkCanvasType" for="all"/>';
    expect(isNetworkCanvasFile('export.xml', keyOnly)).toBe(true);
  });

  it('leaves any other GraphML (NetworkX, Gephi) to the network import', () => {
    expect(isNetworkCanvasFile('karate.graphml', fixture('networkx/karate.graphml'))).toBe(false);
  });

  it("knows the exporter's CSV files by their names, or by the networkCanvasEgoUUID column", () => {
    expect(isNetworkCanvasFile('E01_0c9b_attributeList_Organizacin.csv', 'nodeID,name')).toBe(true);
    expect(isNetworkCanvasFile('E01_0c9b_edgeList_Financiamiento.csv', '')).toBe(true);
    expect(isNetworkCanvasFile('E01_0c9b_ego.csv', '')).toBe(true);
    expect(isNetworkCanvasFile('renamed.csv', '\uFEFFnodeID,networkCanvasEgoUUID,networkCanvasUUID,name\n1,a,b,c')).toBe(true);
    expect(isNetworkCanvasFile('actores.csv', 'id,name,sector\nnetworkCanvasEgoUUID,x,y')).toBe(false);
  });

  it('never takes a file of another kind', () => {
    expect(isNetworkCanvasFile('red.json', '{"networkCanvasType": 1}')).toBe(false);
  });
});
