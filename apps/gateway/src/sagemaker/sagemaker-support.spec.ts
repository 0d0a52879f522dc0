import { AppError } from '@modelserve/common';
import { page } from './sagemaker-support';

const items = [
  { name: 'b', createdAt: 2, status: 'InService' },
  { name: 'a', createdAt: 3, status: 'Failed' },
  { name: 'c', createdAt: 1, status: 'InService' },
];

describe('List* pages', () => {
  it('sorts newest first by default, and by name or status when asked', () => {
    expect(page(items, {}).items.map((i) => i.name)).toEqual(['a', 'b', 'c']);
    expect(page(items, { SortBy: 'Name', SortOrder: 'Descending' }).items.map((i) => i.name)).toEqual(['c', 'b', 'a']);
    expect(page(items, { SortBy: 'CreationTime', SortOrder: 'Ascending' }).items.map((i) => i.name)).toEqual(['c', 'b', 'a']);
    expect(page(items, { SortBy: 'Status', SortOrder: 'Ascending' }).items.map((i) => i.name)).toEqual(['a', 'b', 'c']);
  });

  it('filters by name, status and creation time', () => {
    expect(page(items, { NameContains: 'B' }).items.map((i) => i.name)).toEqual(['b']);
    expect(page(items, { StatusEquals: 'InService' }).items.map((i) => i.name)).toEqual(['b', 'c']);
    expect(page(items, { CreationTimeAfter: 1, CreationTimeBefore: 3 }).items.map((i) => i.name)).toEqual(['b']);
  });

  it('pages with MaxResults and NextToken until the last page, which has no token', () => {
    const first = page(items, { MaxResults: 2, SortBy: 'Name', SortOrder: 'Ascending' });
    expect(first.items.map((i) => i.name)).toEqual(['a', 'b']);
    const second = page(items, { MaxResults: 2, SortBy: 'Name', SortOrder: 'Ascending', NextToken: first.NextToken });
    expect([second.items.map((i) => i.name), second.NextToken]).toEqual([['c'], undefined]);
  });

  it('refuses a token it did not give', () => {
    expect(() => page(items, { NextToken: 'not-a-token' })).toThrow(AppError);
    expect(() => page(items, { NextToken: Buffer.from('{"offset":-1}').toString('base64url') })).toThrow(/NextToken/);
  });
});
