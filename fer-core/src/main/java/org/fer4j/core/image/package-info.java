/** Decoding pictures from files, bytes and streams into Java images, within size limits. */
package org.fer4j.core.image;
