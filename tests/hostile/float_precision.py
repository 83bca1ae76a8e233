# expect: print 5000002
# A precision of millions of digits: the zeros past a double's exact digits are padded.
print(len(format(1.5, '.5000000f')))
