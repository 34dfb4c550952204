// Bytes -> text, refusing what is not text: binary files and invalid UTF-8 get a clear error.
import { InputError } from './read-input.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(source: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(source, 'is empty');
  // NUL bytes never occur in text: a zip, an image or a PDF has them early.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(source, 'is a binary file, not text, HTML or a feed');
  let text: string;
  try {
    text = utf8.decode(bytes); // drops a leading BOM
  } catch {
    throw new InputError(source, 'is not valid UTF-8 (convert it first, e.g. iconv -f latin1 -t utf-8)');
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(source, 'is empty (only white space)');
  return text;
}

export function sniffKind(text: string): 'html' | 'feed' | 'text' {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*-->\s*)?<(rss|feed|rdf:rdf)[\s>]/.test(head)) return 'feed';
  if (/^<!doctype html|^<html[\s>]|<head[\s>]|<body[\s>]/.test(head)) return 'html';
  return 'text';
}
