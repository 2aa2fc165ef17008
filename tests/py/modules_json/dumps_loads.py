# json.dumps and json.loads with common options.
import json
data = {'name': 'klass', 'version': [1, 2, 3], 'nested': {'a': None, 'b': True, 'c': False},
        'float': 1.5, 'big': 10 ** 20, 'unicode': 'héllo ☃', 'empty': {}, 'list': []}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, 'two', None], indent='\t'))
print(json.dumps('quote " backslash \\ newline \n tab \t ctrl \x01'))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e100), json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-0.0))
print(json.dumps((1, 2)), json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'null key'}))
print(json.loads('[1, 2.5, "x", true, false, null, {"k": [ ]}]'))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads('  42  '), json.loads('1e3'), json.loads('-0'), json.loads('NaN'))
print(json.loads('{"a": 1, "a": 2}'), type(json.loads('1.0')).__name__, type(json.loads('10')).__name__)
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
