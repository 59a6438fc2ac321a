import { describe, expect, it } from 'vitest';
import { allKeysExcept, matching } from './fixture';

describe('summary, description and text with ~ and !~', () => {
  it('matches whole words, case-insensitively, in any order', () => {
    expect(matching('summary ~ login')).toEqual(['ACC-1']);
    expect(matching('summary ~ "LOGIN PAGE"')).toEqual(['ACC-1']);
    expect(matching('summary ~ "page login"')).toEqual(['ACC-1']);
    expect(matching('summary ~ "login signup"')).toEqual([]);
  });

  it('matches word prefixes with a trailing *', () => {
    expect(matching('summary ~ "log*"')).toEqual(['ACC-1', 'ACC-5', 'ACC-13', 'OPS-1']);
    expect(matching('summary ~ "dash* filt*"')).toEqual(['ACC-6']);
  });

  it('matches plural and singular forms, and ignores stop words', () => {
    expect(matching('summary ~ story')).toEqual(['ACC-10']);
    expect(matching('summary ~ dashboard')).toEqual(['ACC-6', 'ACC-10']);
    expect(matching('description ~ box')).toEqual(['ACC-10']);
    expect(matching('summary ~ "the login"')).toEqual(['ACC-1']);
  });

  it('matches "quoted phrases" only with the words in order', () => {
    expect(matching('summary ~ "\\"login page\\""')).toEqual(['ACC-1']);
    expect(matching('summary ~ "\\"page login\\""')).toEqual([]);
    expect(matching('description ~ "\\"reset emails with a\\""')).toEqual(['ACC-2']);
  });

  it('splits words at punctuation as Jira does', () => {
    expect(matching('summary ~ "sign-off"')).toEqual(['ACC-11']);
    expect(matching('description ~ "one-time"')).toEqual(['ACC-2']);
  });

  it('!~ matches issues whose text does not contain the words, skipping empty text', () => {
    expect(matching('summary !~ login')).toEqual(allKeysExcept('ACC-1'));
    expect(matching('description !~ tbd')).toEqual(allKeysExcept('ACC-3', 'ACC-5', 'ACC-15', 'OPS-4'));
    expect(matching('description is EMPTY')).toEqual(['ACC-3', 'ACC-15', 'OPS-4']);
    expect(matching('NOT summary ~ login')).toEqual(matching('summary !~ login'));
  });

  it('text searches summary and description, each field on its own', () => {
    expect(matching('text ~ customer')).toEqual(['ACC-1', 'ACC-9']);
    expect(matching('text ~ "logs weekly"')).toEqual(['OPS-1']);
    expect(matching('text ~ "rotate certificates"')).toEqual([]);
  });

  it('refuses text queries it cannot honour', () => {
    expect(() => matching('summary ~ "*log"')).toThrow("The text query '*log' for field 'summary' is not allowed to start with a wildcard.");
    expect(() => matching('summary ~ "login AND page"')).toThrow(/not supported by the Accord sandbox/);
    expect(() => matching('summary ~ "lo?in"')).toThrow(/not supported by the Accord sandbox/);
    expect(() => matching('summary ~ "login~"')).toThrow(/not supported by the Accord sandbox/);
    expect(() => matching('summary ~ "-login"')).toThrow(/not supported by the Accord sandbox/);
    expect(() => matching('summary ~ "l*n"')).toThrow(/only supported at the end of a word/);
    expect(() => matching('summary ~ "the"')).toThrow("The field 'summary' does not support searching for an empty string.");
    expect(() => matching('summary ~ EMPTY')).toThrow(/EMPTY/);
  });

  it('refuses operators Jira does not allow on text fields', () => {
    expect(() => matching('summary = login')).toThrow("The operator '=' is not supported by the 'summary' field.");
    expect(() => matching('text is EMPTY')).toThrow("The operator 'is' is not supported by the 'text' field.");
    expect(() => matching('status ~ done')).toThrow("The operator '~' is not supported by the 'status' field.");
  });
});
