/** The Open Graph card's size (the size social sites show large), for the card and the tags naming it. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
