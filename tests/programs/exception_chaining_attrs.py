for how in ('from e', 'from None', 'plain'):
    try:
        try:
            raise ValueError('inner', 1)
        except ValueError as e:
            if how == 'from e':
                raise KeyError('outer') from e
            if how == 'from None':
                raise KeyError('outer') from None
            raise KeyError('outer')
    except KeyError as e:
        print(how, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError('noted')
e.add_note('first note')
print(e.__suppress_context__, e.__notes__, e.args)
