# copy.copy and copy.deepcopy, including shared and recursive structures.
import copy
orig = {'list': [1, [2, 3]], 'tuple': (1, [4]), 'num': 5}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['list'][1].append('changed')
orig['tuple'][1].append('changed')
print(shallow)
print(deep)
print(shallow['list'] is orig['list'], deep['list'] is orig['list'])
shared = [1]
pair = [shared, shared]
dc = copy.deepcopy(pair)
print(dc[0] is dc[1], dc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc, rc[1] is rc, rc is not rec)
t = (1, 2, 'immutable')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
print(copy.copy(5) == 5, copy.deepcopy('s'), copy.copy({1, 2}), copy.deepcopy(frozenset([3])))

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)

tree = Node(1, [Node(2), Node(3)])
tc = copy.deepcopy(tree)
tree.children[0].value = 'mutated'
print(tree, tc, copy.copy(tree).children is tree.children)
