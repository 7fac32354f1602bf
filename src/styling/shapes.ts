/** The Cytoscape node shapes this product uses, and their SVG outlines for the legend (in a 20×20 box). */
export type NodeShape = 'round-rectangle' | 'diamond' | 'ellipse' | 'hexagon' | 'star';

export const SHAPE_PATHS: Record<NodeShape, string> = {
  'round-rectangle': 'M5,2 H15 Q18,2 18,5 V15 Q18,18 15,18 H5 Q2,18 2,15 V5 Q2,2 5,2 Z',
  'diamond': 'M10,1 L19,10 L10,19 L1,10 Z',
  'ellipse': 'M10,2 A8,8 0 1,1 9.99,2 Z',
  'hexagon': 'M5,2 L15,2 L19,10 L15,18 L5,18 L1,10 Z',
  'star': 'M10,1 L12.6,7 L19,7.4 L14,11.6 L15.6,18 L10,14.4 L4.4,18 L6,11.6 L1,7.4 L7.4,7 Z',
};
